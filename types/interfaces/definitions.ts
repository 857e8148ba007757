// Hand-written type definitions: none, every type of the chain comes from its metadata
// (scripts/typegen.sh).
export {};
