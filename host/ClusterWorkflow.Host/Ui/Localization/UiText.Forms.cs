namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>Texts of the form list and the designer page.</summary>
public sealed partial class UiText
{
    public string NewForm => L("New form", "नया फ़ॉर्म");
    public string Title => L("Title", "शीर्षक");
    public string Version => L("Version", "संस्करण");
    public string SavedBy => L("Saved by", "किसने सहेजा");
    public string NoForms => L("No forms yet. Create one or import an XLSForm.", "अभी कोई फ़ॉर्म नहीं है। नया बनाएँ या XLSForm आयात करें।");
    public string FormDesigner => L("Form designer", "फ़ॉर्म डिज़ाइनर");
    public string BasedOnVersion(int version) => version == 0
        ? L("Not saved yet", "अभी सहेजा नहीं गया")
        : L($"Editing version {version}", $"संस्करण {version} का संपादन");
    public string UsedByRounds => L("Rounds on it (an older version in amber)", "इस पर चल रहे दौर (पुराना संस्करण पीले रंग में)");
    public string RoundOnVersion(string period, int version) => L($"{period}: v{version}", $"{period}: संस्करण {version}");
    public string ImportXlsForm => L("Import XLSForm", "XLSForm आयात करें");
    public string SaveNewVersion => L("Save as new version", "नए संस्करण के रूप में सहेजें");
    public string SavedVersion(int version) => L($"Saved as version {version}.", $"संस्करण {version} के रूप में सहेजा गया।");
    public string SaveConflict(int theirs) => L(
        $"Someone else saved version {theirs} of this form while you were editing. Your changes are kept here; nothing was saved.",
        $"आपके संपादन के दौरान किसी और ने इस फ़ॉर्म का संस्करण {theirs} सहेजा। आपके बदलाव यहाँ सुरक्षित हैं; कुछ भी सहेजा नहीं गया।");
    public string SaveMineAnyway(int next) => L($"Save mine as version {next}", $"मेरे बदलाव संस्करण {next} के रूप में सहेजें");
    public string LoadTheirs => L("Discard mine and load theirs", "मेरे बदलाव छोड़ें और उनका संस्करण खोलें");
    public string Imported(string file) => L($"Imported {file}. Check it and save it as a new version.", $"{file} आयात किया गया। जाँचें और नए संस्करण के रूप में सहेजें।");
}
