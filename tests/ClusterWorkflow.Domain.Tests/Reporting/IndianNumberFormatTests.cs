using ClusterWorkflow.Domain.Reporting.Formatting;

namespace ClusterWorkflow.Domain.Tests.Reporting;

public class IndianNumberFormatTests
{
    [Theory]
    [InlineData(0, 0, "0")]
    [InlineData(7, 0, "7")]
    [InlineData(999, 0, "999")]
    [InlineData(1000, 0, "1,000")]
    [InlineData(99999, 0, "99,999")]
    [InlineData(100000, 0, "1,00,000")]
    [InlineData(1234567, 0, "12,34,567")]
    [InlineData(12345678, 0, "1,23,45,678")]
    [InlineData(123456789012, 0, "1,23,45,67,89,012")]
    [InlineData(-1234567, 0, "-12,34,567")]
    [InlineData(-999, 0, "-999")]
    [InlineData(1234567.891, 2, "12,34,567.89")]
    [InlineData(0.5, 0, "1")]
    [InlineData(-0.004, 2, "0.00")]
    [InlineData(-1234.5, 1, "-1,234.5")]
    [InlineData(0, 2, "0.00")]
    public void GroupsDigitsTheIndianWay(double value, int decimals, string expected)
    {
        Assert.Equal(expected, IndianNumberFormat.Group(value, decimals));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(99999, "99,999")]
    [InlineData(100000, "1 lakh")]
    [InlineData(250000, "2.5 lakh")]
    [InlineData(1234567, "12.35 lakh")]
    [InlineData(10000000, "1 crore")]
    [InlineData(123456789, "12.35 crore")]
    [InlineData(12345678901234, "12,34,567.89 crore")]
    [InlineData(-4500000, "-45 lakh")]
    public void ShortFormUsesLakhAndCrore(double value, string expected)
    {
        Assert.Equal(expected, IndianNumberFormat.Short(value));
    }

    [Fact]
    public void RupeesCarryTheSignBeforeTheSymbol()
    {
        Assert.Equal("₹12,34,567", IndianNumberFormat.Rupees(1234567.2));
        Assert.Equal("-₹500", IndianNumberFormat.Rupees(-500));
        Assert.Equal("₹0", IndianNumberFormat.Rupees(-0.2));
        Assert.Equal("₹2.5 lakh", IndianNumberFormat.RupeesShort(250000));
        Assert.Equal("-₹1.2 crore", IndianNumberFormat.RupeesShort(-12000000));
    }

    [Theory]
    [InlineData(0.4523, 1, "45.2%")]
    [InlineData(1, 0, "100%")]
    [InlineData(0, 1, "0.0%")]
    [InlineData(-0.031, 1, "-3.1%")]
    [InlineData(12.5, 0, "1,250%")]
    public void PercentTakesAFraction(double fraction, int decimals, string expected)
    {
        Assert.Equal(expected, IndianNumberFormat.Percent(fraction, decimals));
    }

    [Fact]
    public void MissingOrNonNumbersShowADash()
    {
        Assert.Equal("—", IndianNumberFormat.Group(null));
        Assert.Equal("—", IndianNumberFormat.Group(double.NaN));
        Assert.Equal("—", IndianNumberFormat.Short(double.PositiveInfinity));
        Assert.Equal("—", IndianNumberFormat.Percent(null));
        Assert.Equal("—", IndianNumberFormat.Rupees(null));
    }
}
