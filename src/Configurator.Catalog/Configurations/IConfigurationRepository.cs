namespace Configurator.Catalog.Configurations;

/// <summary>Where saved configurations live; the Data project implements it on EF Core.</summary>
public interface IConfigurationRepository
{
    Task AddAsync(SavedConfiguration configuration, CancellationToken cancellationToken);

    Task<SavedConfiguration?> FindAsync(Guid id, CancellationToken cancellationToken);
}
