using ClusterWorkflow.Host.Cli;

namespace ClusterWorkflow.Host.Hosting;

/// <summary>
/// Chooses between serving (no verb) and a CLI verb, and turns set-up mistakes into one clear line
/// on stderr and exit code 1 instead of a stack trace.
/// </summary>
public static class HostEntry
{
    public static async Task<int> RunAsync(string[] args, Func<string[], Task<int>> serve)
    {
        try
        {
            if (args.Length > 0 && !args[0].StartsWith('-'))
                return await CliVerbs.RunAsync(args, Console.Out, Console.Error);
            return await serve(args);
        }
        catch (HostStartException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e.InnerException is HostStartException start)
        {
            Console.Error.WriteLine($"error: {start.Message}");
            return 1;
        }
    }
}
