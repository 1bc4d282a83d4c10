namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>Messages that come from the form definition, in the requested language, with the validator's own as fallback.</summary>
internal sealed class ProblemFactory(string language)
{
    public string Required(FieldDefinition field) =>
        LocalizedText.Pick(field.RequiredMessage, language) ?? ValidationMessages.Format("required", language);

    public string RuleMessage(IReadOnlyDictionary<string, string> message, string expression) =>
        LocalizedText.Pick(message, language) ?? ValidationMessages.Format("constraint", language, expression);
}
