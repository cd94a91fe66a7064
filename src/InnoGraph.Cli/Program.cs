using InnoGraph.Cli;

return await CliApplication.RunAsync(args);
