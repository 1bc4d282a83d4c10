using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>Texts of the KPI packs page.</summary>
public sealed partial class UiText
{
    public string KpiPacks => L("KPI packs", "केपीआई पैक");
    public string Pack => L("Pack", "पैक");
    public string UploadPack => L("Upload a pack (.zip)", "पैक अपलोड करें (.zip)");
    public string Uploading(string file) => L($"Checking {file}…", $"{file} की जाँच हो रही है…");
    public string PackUploaded(string id, string version, int kpis) => L($"Pack {id} {version} accepted: {kpis} KPIs.", $"पैक {id} {version} स्वीकार: {kpis} केपीआई।");
    public string PackRefused(string file, int problems) => L(
        $"{file} was refused and nothing was stored: {(problems == 1 ? "1 problem" : $"{problems} problems")} to fix in the pack.",
        $"{file} अस्वीकार हुआ और कुछ भी संग्रहीत नहीं हुआ: पैक में {problems} समस्याएँ ठीक करें।");
    public string PackLevel => L("Pack", "पैक");
    public string Formula => L("Formula", "सूत्र");
    public string Unit => L("Unit", "इकाई");
    public string Targets => L("Targets", "लक्ष्य");
    public string KindLabel => L("Kind", "प्रकार");
    public string NoPacks => L("No KPI packs yet: upload one.", "अभी कोई केपीआई पैक नहीं है: एक अपलोड करें।");
    public string TryIt => L("Try it", "आज़माएँ");
    public string TryItIntro => L(
        "Computes the pack on the data a cluster's submission holds now (a draft too). Earlier periods are left out, so KPIs that compare with them show no value.",
        "किसी क्लस्टर की प्रस्तुति में अभी मौजूद डेटा (मसौदा भी) पर पैक की गणना करता है। पिछली अवधियाँ शामिल नहीं हैं, इसलिए उनसे तुलना करने वाले केपीआई का कोई मान नहीं दिखेगा।");
    public string ClusterLabel => L("Cluster", "क्लस्टर");
    public string NoRoundToTry => L("Open a round first: try it uses a cluster's submission.", "पहले एक दौर खोलें: आज़माने के लिए क्लस्टर की प्रस्तुति चाहिए।");
    public string NoValue => L("no value", "कोई मान नहीं");
    public string TriedOn(string cluster, string period, int values, int errors) => L(
        $"{cluster}, {period}: {values} values, {errors} errors.",
        $"{cluster}, {period}: {values} मान, {errors} त्रुटियाँ।");
    public string DirectionName(KpiDirection direction) => direction == KpiDirection.Up
        ? L("higher is better", "अधिक बेहतर")
        : L("lower is better", "कम बेहतर");
    public string TargetText(KpiTargets? targets, KpiDirection direction)
    {
        if (targets is null) return L("no target", "कोई लक्ष्य नहीं");
        var sign = direction == KpiDirection.Up ? "≥" : "≤";
        return L($"green {sign} {targets.Green:0.##}, amber {sign} {targets.Amber:0.##}, else red",
                 $"हरा {sign} {targets.Green:0.##}, पीला {sign} {targets.Amber:0.##}, अन्यथा लाल");
    }
}
