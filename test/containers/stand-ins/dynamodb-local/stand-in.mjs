// dynalite's command line as the container's first process, which has no
// default signal handlers: SIGTERM ends it as it ends DynamoDB Local's JVM.
process.on('SIGTERM', () => process.exit(0));
await import('/opt/dynalite/node_modules/dynalite/cli.js');
