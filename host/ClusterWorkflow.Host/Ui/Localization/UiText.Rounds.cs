using ClusterWorkflow.Abstractions.Rounds;

namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>Texts of the rounds page.</summary>
public sealed partial class UiText
{
    public string OpenRound => L("Open a round", "नया दौर खोलें");
    public string Plan => L("Monitoring plan", "निगरानी योजना");
    public string PeriodLabel => L("Period", "अवधि");
    public string NoRounds => L("No round has been opened yet.", "अभी तक कोई दौर नहीं खोला गया।");
    public string CloseRound => L("Close the round", "दौर बंद करें");
    public string District => L("District", "ज़िला");
    public string LastChange => L("Last change", "अंतिम बदलाव");
    public string RoundOpened(string period, int clusters) => L($"Round {period} opened for {clusters} clusters.", $"दौर {period} {clusters} क्लस्टरों के लिए खोला गया।");
    public string ClosingRound(string period) => L($"Closing round {period}: rolling the KPIs up cluster → district → state → program…", $"दौर {period} बंद हो रहा है: केपीआई क्लस्टर → ज़िला → राज्य → कार्यक्रम तक संकलित हो रहे हैं…");
    public string RoundClosed(string period) => L($"Round {period} closed; KPIs rolled up.", $"दौर {period} बंद हुआ; केपीआई संकलित।");
    public string RoundDone(int done, int expected, int overdue) => L(
        $"{done} of {expected} clusters done, {overdue} overdue",
        $"{expected} में से {done} क्लस्टर पूर्ण, {overdue} समय सीमा पार");
    public string RoundStatusName(RoundStatus status) => status switch
    {
        RoundStatus.Open => L("Open", "खुला"),
        RoundStatus.Closed => L("Closed", "बंद"),
        _ => L("Not opened", "नहीं खुला"),
    };
}
