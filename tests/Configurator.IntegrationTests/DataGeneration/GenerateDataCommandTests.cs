using Configurator.Crm.Customers;
using Configurator.IntegrationTests.Support;
using Configurator.Web.DataGeneration;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.IntegrationTests.DataGeneration;

/// <summary>The command's contract: a seed repeats a run, a database with customers needs --append, bad options are named.</summary>
public class GenerateDataCommandTests
{
    [Fact]
    public async Task TheSameSeedMakesTheSameCustomersAndAnotherSeedOthers()
    {
        var first = await CustomersMadeAsync(seed: 11);
        var second = await CustomersMadeAsync(seed: 11);
        var other = await CustomersMadeAsync(seed: 12);

        second.ShouldBe(first);
        other.Select(c => c.Name).ShouldNotBe(first.Select(c => c.Name));
    }

    [Fact]
    public async Task ASecondRunWithoutAppendRefusesAndWithAppendAddsCustomers()
    {
        await using var database = new GeneratedDatabase();
        (await database.GenerateAsync("--customers", "3", "--quarters", "1")).ExitCode.ShouldBe(GenerateDataCommand.Succeeded);

        var (exitCode, result, output) = await database.GenerateAsync("--customers", "3", "--quarters", "1");
        exitCode.ShouldBe(GenerateDataCommand.RefusedExitCode);
        result!.Refused.ShouldBeTrue();
        output.ShouldContain("already has 3 customers");
        output.ShouldContain("--append");
        (await CountAsync(database)).ShouldBe(3);

        var appended = await database.GenerateAsync("--customers", "2", "--quarters", "1", "--append");
        appended.ExitCode.ShouldBe(GenerateDataCommand.Succeeded, appended.Output);
        appended.Result!.Summary!.Customers.Select(c => c.Value).ShouldBe(["C-100004", "C-100005"]);
        (await CountAsync(database)).ShouldBe(5);
    }

    [Theory]
    [InlineData("--customers", "many")]
    [InlineData("--customers", "0")]
    [InlineData("--quaters", "4")]
    public async Task AWrongOptionIsAUsageErrorNamingIt(string option, string value)
    {
        await using var database = new GeneratedDatabase();
        var (exitCode, result, output) = await database.GenerateAsync(option, value);

        exitCode.ShouldBe(GenerateDataCommand.UsageExitCode);
        result.ShouldBeNull();
        output.ShouldContain(option);
        output.ShouldContain("Usage:");
    }

    private static async Task<List<(string Number, string Name)>> CustomersMadeAsync(int seed)
    {
        await using var database = new GeneratedDatabase();
        var (exitCode, result, output) = await database.GenerateAsync("--customers", "8", "--quarters", "2", "--seed", $"{seed}");
        exitCode.ShouldBe(GenerateDataCommand.Succeeded, output);
        await using var app = await database.OpenAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<ICustomerRepository>();
        var made = new List<(string, string)>();
        foreach (var number in result!.Summary!.Customers)
            made.Add((number.Value, (await repository.FindAsync(number, CancellationToken.None))!.Name));
        return made;
    }

    private static async Task<int> CountAsync(GeneratedDatabase database)
    {
        await using var app = await database.OpenAsync();
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICustomerRepository>().CountAsync(CancellationToken.None);
    }
}
