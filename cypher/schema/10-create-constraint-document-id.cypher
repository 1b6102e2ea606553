// Every Document has one stable application id (never Neo4j's internal id); MERGE relies on this constraint.
// Parameters: none
// Columns: none
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE
