-- The LLM spending of each UTC day ('yyyy-MM-dd'), shared by every worker on this store (Summarizer:Llm:Daily*Budget).
CREATE TABLE llm_usage (
    day TEXT PRIMARY KEY,
    tokens BIGINT NOT NULL DEFAULT 0,
    cost NUMERIC NOT NULL DEFAULT 0,
    calls BIGINT NOT NULL DEFAULT 0,
    reserved_tokens BIGINT NOT NULL DEFAULT 0,
    reserved_cost NUMERIC NOT NULL DEFAULT 0
);
