-- The LLM answer that failed its checks and was replaced by the extractive summary, kept for review.
ALTER TABLE summaries ADD COLUMN rejected_answer TEXT;
