using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>Texts of the submission page: the TSA's data entry and the reviewer's view.</summary>
public sealed partial class UiText
{
    public string Kpi => L("KPI", "केपीआई");
    public string Kpis => L("KPIs", "केपीआई");
    public string Value => L("Value", "मान");
    public string Status => L("Status", "स्थिति");
    public string LastRound => L("Last round", "पिछला दौर");
    public string Change => L("Change", "बदलाव");
    public string KpiError => L("could not be computed", "गणना नहीं हो सकी");
    public string KpisLater => L("KPIs are computed when the submission is approved.", "प्रस्तुति स्वीकृत होने पर केपीआई की गणना होती है।");
    public string Rating(KpiRating rating) => rating switch
    {
        KpiRating.Green => L("on target", "लक्ष्य पर"),
        KpiRating.Amber => L("watch", "ध्यान दें"),
        KpiRating.Red => L("off target", "लक्ष्य से दूर"),
        _ => L("no target", "कोई लक्ष्य नहीं"),
    };
    public string ReturnedBy(string who, DateTimeOffset at) => L($"Returned by {who} on {at:d MMM yyyy}: please fix and resubmit", $"{who} द्वारा {at:dd-MM-yyyy} को लौटाया गया: कृपया सुधारकर फिर से जमा करें");
    public string RosterRows(int rows, int errors) => errors switch
    {
        0 => L($"{rows} enterprises, no problem found", $"{rows} उद्यम, कोई समस्या नहीं"),
        1 => L($"{rows} enterprises, 1 problem to fix", $"{rows} उद्यम, सुधारने योग्य 1 समस्या"),
        _ => L($"{rows} enterprises, {errors} problems to fix", $"{rows} उद्यम, सुधारने योग्य {errors} समस्याएँ"),
    };
    public string DownloadTemplate => L("Excel template", "एक्सेल टेम्पलेट");
    public string UploadRoster => L("Upload filled roster", "भरी हुई सूची अपलोड करें");
    public string AddRow => L("Add a row", "पंक्ति जोड़ें");
    public string RowProblem(int? row, string field, string message) => row is { } r
        ? L($"Row {r}, {field}: {message}", $"पंक्ति {r}, {field}: {message}")
        : $"{field}: {message}";
    public string SubmissionFacts(string period, string? district, string? state, DateOnly due) => L(
        $"Period {period} · {district}, {state} · due {due:d MMM yyyy}",
        $"अवधि {period} · {district}, {state} · नियत तिथि {due:dd-MM-yyyy}");
    public string SubmissionConflict => L("Someone changed this submission since you opened it. Your input is kept; reload the rest and try again.", "आपके खोलने के बाद किसी ने यह प्रस्तुति बदली। आपका इनपुट सुरक्षित है; बाकी फिर से लोड करें और दोबारा प्रयास करें।");
    public string ReloadKeepMine => L("Reload, keep my input", "फिर से लोड करें, मेरा इनपुट रखें");
    public string ClusterForm => L("Cluster form", "क्लस्टर फ़ॉर्म");
    public string Roster => L("Enterprise roster", "उद्यम सूची");
    public string ChecksAndKpis => L("Checks and KPIs", "जाँच और केपीआई");
    public string History => L("History", "इतिहास");
    public string DraftSaved => L("Draft saved.", "मसौदा सहेजा गया।");
    public string ActionDone(string action, string state) => L($"Done: {action}. The submission is now “{state}”.", $"हो गया: {action}। प्रस्तुति अब “{state}” है।");
    public string SaveDraft => L("Save draft", "मसौदा सहेजें");
    public string NothingToDoHere => L("Nothing for you to do on this submission now.", "इस प्रस्तुति पर अभी आपके लिए कोई कार्य नहीं है।");
    public string CommentFor(string action) => L($"Comment for “{action}” (required)", $"“{action}” के लिए टिप्पणी (अनिवार्य)");
    public string CommentRequired => L("Write what needs fixing; the TSA sees it on top of the form.", "लिखें कि क्या सुधारना है; टीएसए इसे फ़ॉर्म के ऊपर देखेंगे।");
    public string ValidationFlags => L("Validation flags", "सत्यापन चेतावनियाँ");
    public string NoFlags => L("No problems found.", "कोई समस्या नहीं मिली।");
    public string WorkState => L("State", "स्थिति");
    public string Round => L("Round", "दौर");
    public string DueDate => L("Due", "नियत तिथि");
}
