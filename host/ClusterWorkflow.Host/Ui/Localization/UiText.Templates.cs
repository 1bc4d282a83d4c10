namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>Texts of the report templates page.</summary>
public sealed partial class UiText
{
    public string ReportTemplates => L("Report templates", "रिपोर्ट टेम्पलेट");
    public string Shipped => L("shipped", "मूल");
    public string UploadedVersion(int version) => L($"version {version}", $"संस्करण {version}");
    public string CheckAndPreview => L("Check and preview", "जाँचें और पूर्वावलोकन देखें");
    public string TemplateText => L("Template (Scriban)", "टेम्पलेट (Scriban)");
    public string TemplateOk => L("No problem: the template renders the sample report and an empty one.", "कोई समस्या नहीं: टेम्पलेट नमूना रिपोर्ट और खाली रिपोर्ट दोनों बनाता है।");
    public string TemplateProblems(int count) => L(
        count == 1 ? "1 problem; nothing can be saved until it is fixed:" : $"{count} problems; nothing can be saved until they are fixed:",
        $"{count} समस्याएँ; ठीक होने तक कुछ भी सहेजा नहीं जा सकता:");
    public string AtLine(int line, int column) => L($"line {line}, column {column}", $"पंक्ति {line}, स्तंभ {column}");
    public string PreviewOfSample => L("Preview with the sample report", "नमूना रिपोर्ट के साथ पूर्वावलोकन");
    public string StartedFromShipped => L("Editing the shipped template", "मूल टेम्पलेट का संपादन");
    public string TemplateConflict => L(
        "Someone else saved this template while you were editing. Your text is kept here; nothing was saved.",
        "आपके संपादन के दौरान किसी और ने यह टेम्पलेट सहेजा। आपका पाठ यहाँ सुरक्षित है; कुछ भी सहेजा नहीं गया।");
}
