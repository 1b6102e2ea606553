// Every Policy has one stable application id (never Neo4j's internal id); MERGE relies on this constraint.
// Parameters: none
// Columns: none
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE
