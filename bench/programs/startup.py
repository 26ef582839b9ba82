# Start-up time: an empty program. Ferrython and CPython both start, run nothing, exit.
