namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>Texts of the monitoring plans pages.</summary>
public sealed partial class UiText
{
    public string Plans => L("Monitoring plans", "निगरानी योजनाएँ");
    public string NewPlan => L("New plan", "नई योजना");
    public string NoPlans => L("No monitoring plans yet. Create one to open rounds from it.", "अभी कोई निगरानी योजना नहीं है। दौर खोलने के लिए एक बनाएँ।");
    public string PlanEditor => L("Monitoring plan", "निगरानी योजना");
    public string PlanId => L("Plan id", "योजना आईडी");
    public string PeriodKindLabel => L("Rounds are", "दौर की अवधि");
    public string Monthly => L("monthly", "मासिक");
    public string Quarterly => L("quarterly", "त्रैमासिक");
    public string EitherPeriod => L("monthly or quarterly", "मासिक या त्रैमासिक");
    public string WhatIsFilled => L("What is filled and how it is reviewed", "क्या भरा जाता है और समीक्षा कैसे होती है");
    public string WorkflowLabel => L("Review workflow", "समीक्षा वर्कफ़्लो");
    public string ClusterFormLabel => L("Cluster form", "क्लस्टर फ़ॉर्म");
    public string RosterFormLabel => L("Enterprise roster form", "उद्यम सूची फ़ॉर्म");
    public string KpiPackLabel => L("KPI pack", "केपीआई पैक");
    public string VersionPin => L("Version", "संस्करण");
    public string LatestVersion => L("latest when a round opens", "दौर खुलते समय नवीनतम");
    public string NoneChosen => L("none", "कोई नहीं");
    public string ClustersCovered => L("Clusters covered", "शामिल क्लस्टर");
    public string AllClustersLabel => L("Every cluster of the program when a round opens", "दौर खुलते समय कार्यक्रम के सभी क्लस्टर");
    public string ReviewersLabel => L("Reviewers", "समीक्षक");
    public string ReviewerIdsHelp => L("User ids, separated by commas", "उपयोगकर्ता आईडी, अल्पविराम से अलग");
    public string DistrictOf(string district) => L($"District {district}", $"ज़िला {district}");
    public string StateOf(string state) => L($"State {state}", $"राज्य {state}");
    public string DueRule => L("Due, days after the period ends", "अवधि समाप्ति के बाद नियत दिन");
    public string PlanSaveConflict(int theirs) => L(
        $"Someone else saved version {theirs} of this plan while you were editing. Your changes are kept here; nothing was saved.",
        $"आपके संपादन के दौरान किसी और ने इस योजना का संस्करण {theirs} सहेजा। आपके बदलाव यहाँ सुरक्षित हैं; कुछ भी सहेजा नहीं गया।");
    public string PlanOk => L("No problem: rounds can be opened from this plan once it is saved.", "कोई समस्या नहीं: सहेजने के बाद इस योजना से दौर खोले जा सकते हैं।");
}
