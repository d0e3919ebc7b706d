// What the meetings of a batch of officials mention (DISCUSSED, stored from one official of the meeting): the
// meeting's other official, date and topic, and the node mentioned.
// @mode read
// @params ids: [string]
// @returns official, other, on, topic, label, id
UNWIND $ids AS official
MATCH (:Official {id: official})-[d:DISCUSSED]->(n)
RETURN official, d.other AS other, d.on AS on, d.topic AS topic,
       [l IN labels(n) WHERE l IN ['City', 'Organization', 'Event']][0] AS label, n.id AS id
ORDER BY official, on, other, id
