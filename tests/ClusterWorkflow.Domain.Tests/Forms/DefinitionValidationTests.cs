using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;

namespace ClusterWorkflow.Domain.Tests.Forms;

public sealed class DefinitionValidationTests
{
    private static readonly FormValidator Validator = new();

    private static FormDefinition With(params FieldDefinition[] fields) => SampleForms.Household() with { Fields = [.. fields] };

    private static FieldDefinition Int(string name, string? relevant = null, string? constraint = null, string? calculate = null) =>
        new() { Name = name, Type = FieldType.Integer, Relevant = relevant, Constraint = constraint, Calculate = calculate };

    [Fact]
    public void SampleFormIsValid()
    {
        Assert.Empty(Validator.ValidateDefinition(SampleForms.Household()));
    }

    [Fact]
    public void SyntaxErrorInAnExpressionGivesPathPropertyLineAndColumn()
    {
        var problems = Validator.ValidateDefinition(With(Int("a"), Int("b", constraint: "value > a &&\n  || true")));

        var problem = Assert.Single(problems);
        Assert.Equal(("b", "constraint", 2, 3), (problem.Path, problem.Property, problem.Line, problem.Column));
        Assert.Contains("Syntax error", problem.Message);
    }

    [Fact]
    public void UnknownFieldReferenceIsReportedWithASuggestion()
    {
        var problems = Validator.ValidateDefinition(With(Int("workers"), Int("days", relevant: "worker > 0")));

        var problem = Assert.Single(problems);
        Assert.Equal(("days", "relevant"), (problem.Path, problem.Property));
        Assert.Contains("'worker' is not a field of this form; did you mean 'workers'?", problem.Message);
    }

    [Fact]
    public void RepeatFieldUsedFromOutsideItsRepeatSaysHowToReachIt()
    {
        var roster = new FieldDefinition { Name = "roster", Type = FieldType.Repeat, Children = [Int("revenue")] };

        var problems = Validator.ValidateDefinition(With(roster, Int("total", calculate: "revenue * 2")));

        var problem = Assert.Single(problems);
        Assert.Equal("total", problem.Path);
        Assert.Contains("inside the repeat 'roster'", problem.Message);
        Assert.Contains("sum(roster, r => r.revenue)", problem.Message);
    }

    [Fact]
    public void RowFieldsMaySeeTopLevelFieldsAndThePosition()
    {
        var roster = new FieldDefinition { Name = "roster", Type = FieldType.Repeat, Children = [Int("revenue", constraint: "value <= cap && position < 600")] };

        Assert.Empty(Validator.ValidateDefinition(With(Int("cap"), roster, Int("total", calculate: "sum(roster, r => r.revenue)"))));
    }

    [Fact]
    public void DuplicateNamesAreReported()
    {
        var group = new FieldDefinition { Name = "g", Type = FieldType.Group, Children = [Int("a")] };

        var problem = Assert.Single(Validator.ValidateDefinition(With(Int("a"), group)));

        Assert.Equal(("g.a", "name"), (problem.Path, problem.Property));
        Assert.Contains("'a' is used by more than one field (a, g.a)", problem.Message);
    }

    [Fact]
    public void RelevantThatRefersToItselfIsReported()
    {
        var problem = Assert.Single(Validator.ValidateDefinition(With(Int("a", relevant: "a > 0"))));

        Assert.Equal(("a", "relevant"), (problem.Path, problem.Property));
        Assert.Contains("refers to the field itself", problem.Message);
    }

    [Fact]
    public void CircularCalculationsAreReported()
    {
        var problem = Assert.Single(Validator.ValidateDefinition(With(Int("a", calculate: "b + 1"), Int("b", calculate: "a + 1"))));

        Assert.Contains("circle: a → b → a", problem.Message);
    }

    [Fact]
    public void UnknownChoiceListIsReportedWithTheKnownOnes()
    {
        var problem = Assert.Single(Validator.ValidateDefinition(With(new FieldDefinition { Name = "s", Type = FieldType.SelectOne, ChoiceList = "stauts" })));

        Assert.Equal(("s", "choiceList"), (problem.Path, problem.Property));
        Assert.Contains("'stauts' does not exist; known lists: crops, status", problem.Message);
    }

    [Fact]
    public void ManyMistakesAreAllReportedInOnePass()
    {
        var form = With(
            Int("1bad"),
            Int("Math"),
            new FieldDefinition { Name = "n", Type = FieldType.Text, Min = 3 },
            new FieldDefinition { Name = "r", Type = FieldType.Repeat },
            new FieldDefinition { Name = "c", Type = FieldType.Calculate }) with { Id = "", Title = [] };

        var problems = Validator.ValidateDefinition(form);

        Assert.Equal(
            ["id", "title", "1bad:name", "Math:name", "n:min", "r:children", "c:calculate"],
            problems.Select(p => p.Property is null ? p.Path : $"{p.Path}:{p.Property}"));
    }
}
