namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>Texts of the workflow list and the workflow designer.</summary>
public sealed partial class UiText
{
    public string Workflows => L("Workflows", "वर्कफ़्लो");
    public string NewWorkflow => L("New workflow", "नया वर्कफ़्लो");
    public string NoWorkflows => L("No workflows yet. Create one; it starts as a small working review.", "अभी कोई वर्कफ़्लो नहीं है। नया बनाएँ; यह एक छोटी चालू समीक्षा से शुरू होता है।");
    public string WorkflowDesigner => L("Workflow designer", "वर्कफ़्लो डिज़ाइनर");
    public string WorkflowId => L("Workflow id", "वर्कफ़्लो आईडी");
    public string WorkflowName => L("Name", "नाम");
    public string DescriptionLabel => L("Description", "विवरण");
    public string InitialStateLabel => L("Starts in", "प्रारंभिक स्थिति");
    public string States => L("States", "स्थितियाँ");
    public string Transitions => L("Transitions", "संक्रमण");
    public string StateId => L("State id", "स्थिति आईडी");
    public string StateIdHelp => L("Renaming moves its arrows along", "नाम बदलने पर तीर साथ चलते हैं");
    public string LabelShown => L("Label people see", "लोगों को दिखने वाला लेबल");
    public string FinalState => L("Final", "अंतिम");
    public string OnEntryLabel => L("On entry", "प्रवेश पर");
    public string AddState => L("Add a state", "स्थिति जोड़ें");
    public string AddTransition => L("Add a transition", "संक्रमण जोड़ें");
    public string Trigger => L("Trigger", "ट्रिगर");
    public string ButtonLabel => L("Button label", "बटन का लेबल");
    public string FromState => L("From", "से");
    public string ToState => L("To", "तक");
    public string WhoMay => L("Who may", "कौन कर सकता है");
    public string Guard => L("Only when (guard)", "केवल तब (गार्ड)");
    public string GuardHelp => L("A guard is a condition in JavaScript, e.g. validation.errorCount == 0; without one the transition is always allowed.", "गार्ड JavaScript में एक शर्त है, जैसे validation.errorCount == 0; इसके बिना संक्रमण हमेशा संभव है।");
    public string GuardMessageLabel => L("Message when the guard says no", "गार्ड मना करे तो संदेश");
    public string CommentRequiredShort => L("Comment required", "टिप्पणी अनिवार्य");
    public string Diagram => L("Diagram", "आरेख");
    public string DiagramAfterFix => L("The diagram shows again once the errors are fixed.", "त्रुटियाँ ठीक होने पर आरेख फिर दिखेगा।");
    public string DiagramFailed => L("The diagram could not be drawn in this browser; its Mermaid text is below.", "इस ब्राउज़र में आरेख नहीं बन सका; उसका Mermaid पाठ नीचे है।");
    public string MermaidText => L("Mermaid text", "Mermaid पाठ");
    public string WorkflowErrors(int errors) => L(
        errors == 1 ? "1 error to fix before saving" : $"{errors} errors to fix before saving",
        $"सहेजने से पहले {errors} त्रुटि ठीक करें");
    public string NoErrorsFound => L("No errors: the workflow can be saved.", "कोई त्रुटि नहीं: वर्कफ़्लो सहेजा जा सकता है।");
    public string WorkflowSaveConflict(int theirs) => L(
        $"Someone else saved version {theirs} of this workflow while you were editing. Your changes are kept here; nothing was saved.",
        $"आपके संपादन के दौरान किसी और ने इस वर्कफ़्लो का संस्करण {theirs} सहेजा। आपके बदलाव यहाँ सुरक्षित हैं; कुछ भी सहेजा नहीं गया।");
    public string States_(int count) => L($"{count} states", $"{count} स्थितियाँ");
    public string Transitions_(int count) => L($"{count} transitions", $"{count} संक्रमण");

    public string ActionName(string action) => action switch
    {
        "validate" => L("validate", "सत्यापन"),
        "computeKpis" => L("compute KPIs", "केपीआई गणना"),
        "notify" => L("notify", "सूचना भेजें"),
        "publish" => L("publish", "प्रकाशित करें"),
        "renderReport" => L("render report", "रिपोर्ट बनाएँ"),
        _ => action,
    };
}
