using ClusterWorkflow.Load.Cli;
using ClusterWorkflow.Load.Round;

var (arguments, problems) = LoadArguments.Parse(args);
if (arguments is null)
{
    foreach (var problem in problems) Console.Error.WriteLine($"error: {problem}");
    Console.Error.WriteLine(LoadArguments.Usage);
    return 1;
}
try
{
    return arguments.Mode == "check"
        ? await CheckCommand.RunAsync(arguments, Console.Out)
        : await RoundRunner.RunAsync(arguments, Console.Out);
}
catch (Exception e) when (e is InvalidOperationException or ArgumentException or TimeoutException or HttpRequestException or IOException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
