// The name and key of every node of one label, unordered: what src/store/key-order.ts sorts once per graph version
// to answer the default order's pages (by name, then key) without sorting the label in the engine for each page.
// @mode read
// @slots match, key
// @returns key, name
MATCH /*@match{*/ (n:City) /*}*/
RETURN /*@key{*/ n.id /*}*/ AS key, n.name AS name
