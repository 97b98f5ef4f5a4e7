"""`newsledger`, the command line: argument parsing (`main`), what each sub-command does
(`commands`) and the new-source scaffold (`scaffold`)."""
