namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>Texts of the KPI dashboard.</summary>
public sealed partial class UiText
{
    public string KpiDashboard => L("KPI dashboard", "केपीआई डैशबोर्ड");
    public string DashboardIntro => L(
        "Approved values only, one point per round. Districts appear when your scope covers the whole district.",
        "केवल स्वीकृत मान, प्रत्येक दौर का एक बिंदु। ज़िले तब दिखते हैं जब आपका दायरा पूरे ज़िले को शामिल करता है।");
    public string ByCluster => L("By cluster", "क्लस्टर अनुसार");
    public string ByDistrict => L("By district", "ज़िला अनुसार");
    public string NoKpiPack => L("No KPI pack yet: the dashboard shows once a round runs on one.", "अभी कोई केपीआई पैक नहीं है: किसी दौर के चलने पर डैशबोर्ड दिखेगा।");
    public string NothingInScope => L("Nothing in your scope yet.", "अभी आपके दायरे में कुछ नहीं है।");
    public string NoApprovedValues => L("No approved value yet.", "अभी कोई स्वीकृत मान नहीं।");
    public string Latest => L("latest", "नवीनतम");
}
