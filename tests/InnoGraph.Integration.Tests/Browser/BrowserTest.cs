using InnoGraph.Testing;
using Microsoft.Playwright;

namespace InnoGraph.Integration.Tests.Browser;

/// <summary>Each test gets the API on a socket of its own and a fresh Chromium with one page.</summary>
public abstract class BrowserTest(SeededGraphFixture graph) : IAsyncLifetime
{
    private ExplorerHost? _host;
    private BrowserPage? _browser;

    internal ExplorerHost Host => _host ?? throw new InvalidOperationException("The test has not started.");

    internal BrowserPage Browser => _browser ?? throw new InvalidOperationException("The test has not started.");

    protected IPage Page => Browser.Page;

    public async Task InitializeAsync()
    {
        _host = await ExplorerHost.StartAsync(graph);
        _browser = await BrowserPage.OpenAsync(_host.Address);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
