using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Users;
using ClusterWorkflow.Domain.PilotData;
using Microsoft.Extensions.Options;

namespace ClusterWorkflow.Host.Pilot;

/// <summary>
/// On start, after the silo: seeds the sample pilot (see <see cref="PilotSeeder"/>) and opens its
/// current round on a fresh store — so the API and the UI show a program with history and an open
/// round on a fresh machine. A seeding cut short is finished on the next start.
/// Off with <c>--no-seed</c> (<see cref="PilotSeedOptions.SeedOnFirstStart"/>).
/// </summary>
public sealed class PilotSeedOnStart(
    IGrainFactory grains, PilotSeeder seeder, PilotRoundOpening opening, IOptions<PilotSeedOptions> options, ILogger<PilotSeedOnStart> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedOnFirstStart) return;
        var pilotOptions = options.Value.ToPilotOptions();
        if (PilotGenerator.Problems(pilotOptions) is { Count: > 0 } problems)
            throw new Hosting.HostStartException($"The pilot seed settings ({PilotSeedOptions.Section}) are not usable: {string.Join(" ", problems)}");
        var generator = new PilotGenerator(pilotOptions);
        var program = generator.Program;
        if (!await ShouldSeedAsync(program)) return;

        log.LogInformation("Seeding the sample pilot '{Program}' (first start; --no-seed turns this off)...", program.Id);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var data = generator.GenerateAll().ToList();
        await seeder.SeedAsync(program, data, line => log.LogInformation("Pilot seed: {Line}", line));
        var opened = await opening.OpenAsync(program.Id, program.CurrentPeriod);
        log.LogInformation("Pilot seeded in {Seconds:0.0} s: round {Period} is {Status}, due {Due}. Demo users sign in with the password in the README.",
            started.Elapsed.TotalSeconds, opened.Period, opened.Status, opened.DueDate);
    }

    /// <summary>
    /// A fresh store (no users but the bootstrap admin), or one whose seeding was cut short (the sample
    /// program is there, its round not opened yet). A store in use that lacks the pilot never gets it:
    /// the demo users' password is public.
    /// </summary>
    private async Task<bool> ShouldSeedAsync(PilotProgram program)
    {
        if (await grains.GetGrain<IProgramGrain>(program.Id).GetAsync() is { } existing)
        {
            var round = await grains.GetGrain<IRoundGrain>(RoundKey.For(program.Id, program.CurrentPeriod.Label)).GetAsync();
            return existing.Name == program.Name && round.Status == RoundStatus.NotOpened;
        }
        var users = await grains.GetGrain<IUserDirectoryGrain>(0).ListAsync();
        if (users.Any(u => u != Auth.BootstrapAdmin.UserName))
        {
            log.LogInformation("Not seeding the sample pilot: the store has users but no program '{Program}', so it is not a fresh store.", program.Id);
            return false;
        }
        return true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
