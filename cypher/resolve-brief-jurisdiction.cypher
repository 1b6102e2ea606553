// A jurisdiction by its name or the name without its level suffix (重庆 → 重庆市, 四川 → 四川省, 永川 → 永川区).
// Parameters: name
// Columns: name
MATCH (j:Jurisdiction)
WHERE j.name = $name OR j.name IN [$name + '市', $name + '省', $name + '区', $name + '县']
RETURN j.name AS name
ORDER BY j.name = $name DESC, name
