// Placeholder entry point; the simulator host is built next.
return 0;
