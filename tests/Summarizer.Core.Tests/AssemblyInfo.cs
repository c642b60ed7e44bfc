// Core's fixtures stay one at a time: they are CPU-bound (extraction, summarization) and several hold a page or an LLM
// call to a wall-clock limit, which two fixtures sharing a small machine would break. The I/O-bound assemblies (Cli,
// Storage, Worker) run their fixtures side by side; nothing in any of them sets process state.
