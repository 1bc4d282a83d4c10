namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>Texts of the reports page.</summary>
public sealed partial class UiText
{
    public string Reports => L("Reports", "रिपोर्ट");
    public string ReportsIntro => L(
        "The reports and exports your role may read; each opens in a new tab and prints well.",
        "वे रिपोर्ट और निर्यात जो आपकी भूमिका पढ़ सकती है; हर एक नए टैब में खुलता है और अच्छी तरह प्रिंट होता है।");
    public string RoundSummary => L("Round summary", "दौर सारांश");
    public string ReviewReport => L("Review report", "समीक्षा रिपोर्ट");
    public string ClusterProfile => L("Profile", "प्रोफ़ाइल");
    public string ExcelExport => L("Excel (all sheets)", "एक्सेल (सभी शीट)");
    public string CsvExport => L("CSV (clusters)", "सीएसवी (क्लस्टर)");
    public string NoRoundReports => L("Round summaries and exports are for managers, reviewers and viewers.", "दौर सारांश और निर्यात प्रबंधकों, समीक्षकों और दर्शकों के लिए हैं।");
    public string NoClustersVisible => L("No cluster of this round is in your scope.", "इस दौर का कोई क्लस्टर आपके दायरे में नहीं है।");
}
