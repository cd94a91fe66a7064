using InnoGraph.Api;

var app = ApiApplication.Build(args);
app.Run();

/// <summary>The API's entry point; public so that tests can host it.</summary>
public partial class Program;
