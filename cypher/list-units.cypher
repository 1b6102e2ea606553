// One page of units matching optional filters, by name, with the total count. $name matches any part of the canonical
// name, of any alias or of the official name. $after is the last name the client saw, or null. A unit is in
// $jurisdiction when its own jurisdiction is it or lies inside it (永川区 PART_OF 重庆市), as in every jurisdiction
// filter and brief. The API checks $jurisdiction, $functionalLine and $kind against the vocabulary first.
// Parameters: jurisdiction, functionalLine, kind, name, after, limit
// Columns: totalCount, hasNextPage, nodes
MATCH (u:Unit)
WHERE ($jurisdiction IS NULL OR EXISTS { (u)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(:Jurisdiction {name: $jurisdiction}) })
  AND ($functionalLine IS NULL OR u.functionalLine = $functionalLine)
  AND ($kind IS NULL OR u.kind = $kind)
  AND ($name IS NULL OR u.name CONTAINS $name OR any(a IN coalesce(u.aliases, []) WHERE a CONTAINS $name)
       OR u.officialName CONTAINS $name)
WITH u ORDER BY u.name
WITH collect(u) AS matched
WITH matched, [x IN matched WHERE $after IS NULL OR x.name > $after] AS rest
RETURN size(matched) AS totalCount, size(rest) > toInteger($limit) AS hasNextPage,
       [u IN rest[0..toInteger($limit)] | u {.id, .name, .aliases, .officialName, .jurisdiction, .functionalLine, .kind}] AS nodes
