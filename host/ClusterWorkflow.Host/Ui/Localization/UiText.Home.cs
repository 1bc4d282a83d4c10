using ClusterWorkflow.Abstractions.Inbox;

namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>Texts of the home page and the inbox.</summary>
public sealed partial class UiText
{
    public string WaitingForYou => L("What waits for you", "आपके लिए लंबित कार्य");
    public string Clusters => L("Clusters", "क्लस्टर");
    public string ProgramTitle(string name) => L($"Program: {name}", $"कार्यक्रम: {name}");
    public string ProgramMissing(string id) => L($"The program '{id}' does not exist yet. Create it (or seed the pilot) first.", $"कार्यक्रम '{id}' अभी मौजूद नहीं है। पहले इसे बनाएँ (या पायलट डेटा डालें)।");

    public string InboxKind(string kind) => kind switch
    {
        InboxItemKinds.Task => L("Fill in", "भरें"),
        InboxItemKinds.Review => L("Review", "समीक्षा करें"),
        InboxItemKinds.Returned => L("Returned", "लौटाया गया"),
        InboxItemKinds.Approved => L("Approved", "स्वीकृत"),
        InboxItemKinds.Overdue => L("Overdue", "समय सीमा बीती"),
        _ => L("Notice", "सूचना"),
    };
}
