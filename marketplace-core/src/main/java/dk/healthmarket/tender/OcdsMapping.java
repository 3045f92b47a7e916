package dk.healthmarket.tender;

import dk.healthmarket.organisation.Cvr;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.Region;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tender as an OCDS 1.1 release: the tender, its buyers and the winning suppliers as parties,
 * and its award decisions. Only what is public goes in; no bid is read until it has won a lot.
 * Lots follow the OCDS lots extension.
 */
final class OcdsMapping {

    static final String LOTS_EXTENSION = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json";
    private static final String CURRENCY = "DKK";

    private OcdsMapping() {
    }

    static JsonObject release(String ocid, String releaseId, ReleaseTag tag, Instant date, Tender tender, List<TenderAward> awards) {
        JsonObjectBuilder release = Json.createObjectBuilder()
                .add("ocid", ocid)
                .add("id", releaseId)
                .add("date", date.toString())
                .add("tag", Json.createArrayBuilder().add(tag.code()))
                .add("initiationType", "tender")
                .add("language", "da")
                .add("parties", parties(tender, awards))
                .add("buyer", reference(tender.leadBuyer()))
                .add("tender", tender(tender));
        if (!awards.isEmpty()) {
            release.add("awards", awards(awards, tender));
        }
        tender.concludedAt().ifPresent(concluded -> release.add("contracts", contracts(awards, concluded)));
        return release.build();
    }

    /** OCDS's method is one of four; the exact procedure goes into procurementMethodDetails. */
    static String method(Procedure procedure) {
        return procedure == Procedure.OPEN ? "open" : "selective";
    }

    static String tenderStatus(TenderStatus status) {
        return switch (status) {
            case DRAFT -> "planning";
            case PUBLISHED, CLOSED, UNDER_EVALUATION -> "active";
            case AWARDED, CONCLUDED -> "complete";
            case CANCELLED -> "cancelled";
        };
    }

    /** CPV division 45 is works; the goods divisions run up to 44, with 48 (software packages); the rest are services. */
    static String category(String cpv) {
        int division = Integer.parseInt(cpv.substring(0, 2));
        return division == 45 ? "works" : division < 45 || division == 48 ? "goods" : "services";
    }

    static String awardCriteria(AwardCriteria criteria) {
        boolean price = criteria.criteria().stream().anyMatch(c -> c.kind() == CriterionKind.PRICE);
        boolean cost = criteria.criteria().stream().anyMatch(c -> c.kind() == CriterionKind.LIFE_CYCLE_COST);
        boolean quality = criteria.criteria().stream().anyMatch(c -> !c.kind().isAmount());
        if (!quality && criteria.criteria().size() == 1) {
            return price ? "priceOnly" : "costOnly";
        }
        return price || cost ? "ratedCriteria" : "qualityOnly";
    }

    private static JsonObjectBuilder tender(Tender tender) {
        var deadlines = tender.deadlines();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", String.valueOf(tender.id()))
                .add("title", tender.title())
                .add("description", tender.description())
                .add("status", tenderStatus(tender.status()))
                .add("procuringEntity", reference(tender.leadBuyer()))
                .add("items", Json.createArrayBuilder().add(item(tender)))
                .add("procurementMethod", method(tender.procedure()))
                .add("procurementMethodDetails", tender.procedure().name())
                .add("mainProcurementCategory", category(tender.mainCpv()))
                .add("awardCriteria", awardCriteria(tender.awardCriteria()))
                .add("awardCriteriaDetails", tender.awardCriteria().criteria().stream()
                        .map(c -> c.name() + " (" + c.kind().name() + ") " + c.weight() + " %").collect(Collectors.joining("; ")))
                .add("submissionMethod", Json.createArrayBuilder().add("electronicSubmission"))
                .add("hasEnquiries", true)
                .add("lots", lots(tender));
        tender.estimatedValue().ifPresent(value -> json.add("value", value(value)));
        tender.publishedAt().ifPresent(published -> {
            json.add("tenderPeriod", period(published, deadlines.submission()));
            json.add("enquiryPeriod", period(published, deadlines.clarification()));
        });
        if (deadlines.submission() != null && deadlines.expectedAward() != null) {
            json.add("awardPeriod", period(deadlines.submission(), deadlines.expectedAward()));
        }
        tender.cancellationReason().ifPresent(reason -> json.add("statusDetails", reason));
        if (!tender.amendments().isEmpty()) {
            JsonArrayBuilder amendments = Json.createArrayBuilder();
            tender.amendments().forEach(a -> amendments.add(Json.createObjectBuilder()
                    .add("id", String.valueOf(a.number())).add("date", a.madeAt().toString()).add("description", a.summary())));
            json.add("amendments", amendments);
        }
        return json;
    }

    private static JsonObjectBuilder item(Tender tender) {
        JsonArrayBuilder additional = Json.createArrayBuilder();
        tender.additionalCpv().forEach(code -> additional.add(cpv(code)));
        return Json.createObjectBuilder()
                .add("id", "1")
                .add("description", tender.title())
                .add("classification", cpv(tender.mainCpv()))
                .add("additionalClassifications", additional);
    }

    private static JsonObjectBuilder cpv(String code) {
        JsonObjectBuilder classification = Json.createObjectBuilder().add("scheme", "CPV").add("id", code);
        CpvCode.title(code).ifPresent(title -> classification.add("description", title));
        return classification;
    }

    private static JsonArrayBuilder lots(Tender tender) {
        JsonArrayBuilder lots = Json.createArrayBuilder();
        for (TenderLot lot : tender.lots()) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("id", String.valueOf(lot.number())).add("title", lot.title());
            if (lot.description() != null) {
                json.add("description", lot.description());
            }
            if (lot.estimatedValue() != null) {
                json.add("value", value(lot.estimatedValue()));
            }
            lots.add(json);
        }
        return lots;
    }

    private static JsonArrayBuilder awards(List<TenderAward> awards, Tender tender) {
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (TenderAward award : awards) {
            JsonObjectBuilder a = Json.createObjectBuilder()
                    .add("id", String.valueOf(award.id()))
                    .add("status", awardStatus(award, tender))
                    .add("date", award.awardedAt().toString())
                    .add("description", award.reversalReason().map(r -> award.reason() + " Omgjort: " + r).orElse(award.reason()))
                    .add("relatedLots", Json.createArrayBuilder().add(String.valueOf(award.lot())));
            award.bid().ifPresent(bid -> {
                a.add("suppliers", Json.createArrayBuilder().add(reference(bid.supplier())));
                award.price().ifPresent(price -> a.add("value", value(price)));
            });
            json.add(a);
        }
        return json;
    }

    /** Pending during the standstill period, active once the contract is concluded, cancelled when reversed. */
    private static String awardStatus(TenderAward award, Tender tender) {
        if (!award.stands()) {
            return "cancelled";
        }
        if (award.bid().isEmpty()) {
            return "unsuccessful";
        }
        return tender.status() == TenderStatus.CONCLUDED ? "active" : "pending";
    }

    private static JsonArrayBuilder contracts(List<TenderAward> awards, Instant concluded) {
        JsonArrayBuilder contracts = Json.createArrayBuilder();
        awards.stream().filter(a -> a.stands() && a.bid().isPresent()).forEach(award -> {
            JsonObjectBuilder contract = Json.createObjectBuilder()
                    .add("id", award.id() + "-contract")
                    .add("awardID", String.valueOf(award.id()))
                    .add("status", "active")
                    .add("dateSigned", concluded.toString())
                    .add("relatedLots", Json.createArrayBuilder().add(String.valueOf(award.lot())));
            award.price().ifPresent(price -> contract.add("value", value(price)));
            contracts.add(contract);
        });
        return contracts;
    }

    private static JsonArrayBuilder parties(Tender tender, List<TenderAward> awards) {
        Map<Long, JsonObjectBuilder> parties = new LinkedHashMap<>();
        parties.put(tender.leadBuyer().id(), party(tender.leadBuyer(), "buyer", "procuringEntity"));
        tender.participants().forEach(p -> parties.putIfAbsent(p.organisation().id(), party(p.organisation(), "buyer")));
        awards.stream().filter(TenderAward::stands).flatMap(a -> a.bid().stream())
                .forEach(bid -> parties.putIfAbsent(bid.supplier().id(), party(bid.supplier(), "supplier")));
        JsonArrayBuilder json = Json.createArrayBuilder();
        parties.values().forEach(json::add);
        return json;
    }

    /** A party by its CVR number where it has one ({@code DK-CVR-…}), otherwise by the marketplace's own id. */
    private static JsonObjectBuilder party(Organisation organisation, String... roles) {
        JsonObjectBuilder party = reference(organisation);
        organisation.cvr().map(Cvr::number).ifPresent(cvr -> party.add("identifier",
                Json.createObjectBuilder().add("scheme", "DK-CVR").add("id", cvr).add("legalName", organisation.name())));
        JsonObjectBuilder address = Json.createObjectBuilder().add("countryName", "Danmark");
        organisation.region().map(Region::name).ifPresent(region -> address.add("region", region));
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        for (String role : roles) {
            roleArray.add(role);
        }
        return party.add("address", address).add("roles", roleArray);
    }

    private static JsonObjectBuilder reference(Organisation organisation) {
        String id = organisation.cvr().map(cvr -> "DK-CVR-" + cvr.number()).orElse("DK-HM-" + organisation.id());
        return Json.createObjectBuilder().add("id", id).add("name", organisation.name());
    }

    private static JsonObjectBuilder value(BigDecimal amount) {
        return Json.createObjectBuilder().add("amount", amount).add("currency", CURRENCY);
    }

    private static JsonObjectBuilder period(Instant start, Instant end) {
        JsonObjectBuilder period = Json.createObjectBuilder();
        if (start != null) {
            period.add("startDate", start.toString());
        }
        if (end != null) {
            period.add("endDate", end.toString());
        }
        return period;
    }
}
