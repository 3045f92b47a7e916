package dk.healthmarket.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors every operation can answer with, as problem+json, so each endpoint's
 * OpenAPI entry lists them without repeating them on every method. Operation-specific errors
 * (409, 412, 428, 429) are declared on the methods themselves and get the same problem content.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid input: the problem lists the offending fields",
            "401", "Not logged in, or the bearer token is malformed, expired or revoked",
            "403", "Logged in without the role this needs",
            "404", "No such object or address",
            "500", "Unexpected error; the problem names the logged incident",
            "503", "The database cannot be reached just now");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (var error : COMMON.entrySet()) {
            if (responses.getAPIResponse(error.getKey()) == null) {
                responses.addAPIResponse(error.getKey(), OASFactory.createAPIResponse()
                        .description(error.getValue())
                        .content(problemContent()));
            }
        }
        // an error a method declares itself (409, 412, …) is answered as problem+json too, whatever
        // the generator guessed from the method's own return type
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d")) {
                response.setContent(problemContent());
            }
        });
        return operation;
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }
}
