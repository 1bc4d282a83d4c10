using MudBlazor;

namespace ClusterWorkflow.Host.Ui.Layout;

/// <summary>The UI's colours and fonts: system fonts only (nothing fetched from the internet), with Devanagari fallbacks for Hindi.</summary>
public static class UiTheme
{
    private static readonly string[] Fonts = ["Noto Sans", "Noto Sans Devanagari", "Lohit Devanagari", "DejaVu Sans", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#b45309",
            AppbarBackground = "#1f5f8b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
        },
    };
}
