-- The five regions: ISO 3166-2 code, NUTS-2 code and population (approximate, Statistics Denmark
-- FOLK1A, 2025; the innovation index needs them to the nearest thousand: update here when they move)
-- and the public bodies every installation has.

INSERT INTO region (code, name, nuts2, population) VALUES
    ('DK-81', 'Region Nordjylland', 'DK05', 593472),
    ('DK-82', 'Region Midtjylland', 'DK04', 1360167),
    ('DK-83', 'Region Syddanmark',  'DK03', 1232486),
    ('DK-84', 'Region Hovedstaden', 'DK01', 1916837),
    ('DK-85', 'Region Sjælland',    'DK02', 852936);

INSERT INTO organisation (version, name, type, region_code, cvr, created_at) VALUES
    (0, 'Den Nationale Sundhedsorganisation',      'NATIONAL_HEALTH_ORGANISATION', NULL,    NULL, UTC_TIMESTAMP(6)),
    (0, 'Nationalt Center for Sundhedsinnovation', 'INNOVATION_CENTRE',            NULL,    NULL, UTC_TIMESTAMP(6)),
    (0, 'Region Nordjylland',                      'REGION',                       'DK-81', NULL, UTC_TIMESTAMP(6)),
    (0, 'Region Midtjylland',                      'REGION',                       'DK-82', NULL, UTC_TIMESTAMP(6)),
    (0, 'Region Syddanmark',                       'REGION',                       'DK-83', NULL, UTC_TIMESTAMP(6)),
    (0, 'Region Hovedstaden',                      'REGION',                       'DK-84', NULL, UTC_TIMESTAMP(6)),
    (0, 'Region Sjælland',                         'REGION',                       'DK-85', NULL, UTC_TIMESTAMP(6));

-- so the search index picks the reference organisations up like any other
INSERT INTO search_outbox (document_type, document_id, created_at)
    SELECT 'ORGANISATION', id, UTC_TIMESTAMP(6) FROM organisation;
