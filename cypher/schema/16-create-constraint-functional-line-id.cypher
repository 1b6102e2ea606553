// Every FunctionalLine has one stable application id (never Neo4j's internal id); MERGE relies on this constraint.
// Parameters: none
// Columns: none
CREATE CONSTRAINT functional_line_id IF NOT EXISTS FOR (n:FunctionalLine) REQUIRE n.id IS UNIQUE
