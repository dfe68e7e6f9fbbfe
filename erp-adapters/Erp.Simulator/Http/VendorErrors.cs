namespace Erp.Simulator.Http;

/// <summary>One vendor's error body, so injected faults look like that vendor's own errors.</summary>
public abstract class VendorErrors
{
    public abstract IResult Error(int statusCode, string message);
}
