// Fixtures run side by side: no test sets environment variables, the current directory or other process state
// (the CLI takes its settings and clock from the test); a fixture that must own the process says [NonParallelizable].
[assembly: Parallelizable(ParallelScope.Fixtures)]
