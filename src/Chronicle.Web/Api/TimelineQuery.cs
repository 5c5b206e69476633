using System.Globalization;
using Chronicle.Timeline;
using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Api;

/// <summary>The timeline filters of `chronicle timeline`, read from a query string.</summary>
public static class TimelineQuery
{
    public const int MaxLimit = 100_000;

    /// <summary>The filter the query asks for, or the reason it cannot be read.</summary>
    public static (TimelineFilter? Filter, string? Error) Parse(IQueryCollection query)
    {
        var from = ParseDate(query["from"]);
        var to = ParseDate(query["to"]);
        if ((from.Error ?? to.Error) is { } dateError)
        {
            return (null, dateError);
        }

        var minSources = 1;
        if (query["minSources"] is { Count: > 0 } raw && !string.IsNullOrEmpty(raw[0])
            && (!int.TryParse(raw[0], NumberStyles.None, CultureInfo.InvariantCulture, out minSources) || minSources < 1 || minSources > 1000))
        {
            return (null, "minSources must be a whole number from 1 to 1000.");
        }

        int? limit = null;
        if (query["limit"] is { Count: > 0 } rawLimit && !string.IsNullOrEmpty(rawLimit[0]))
        {
            if (!int.TryParse(rawLimit[0], NumberStyles.None, CultureInfo.InvariantCulture, out var l) || l < 1 || l > MaxLimit)
            {
                return (null, $"limit must be a whole number from 1 to {MaxLimit}.");
            }

            limit = l;
        }

        var entity = query["entity"].ToString().Trim();
        return (new TimelineFilter
        {
            Entity = entity.Length == 0 ? null : entity,
            Types = List(query["type"]),
            Statuses = List(query["status"]),
            From = from.Date,
            To = to.Date,
            MinSources = minSources,
            Limit = limit,
        }, null);
    }

    /// <summary>Repeated parameters and comma-separated values both give several values.</summary>
    private static List<string> List(Microsoft.Extensions.Primitives.StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static (DateOnly? Date, string? Error) ParseDate(Microsoft.Extensions.Primitives.StringValues values)
    {
        var value = values.ToString().Trim();
        if (value.Length == 0)
        {
            return (null, null);
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, $"'{value}' is not a date; use YYYY-MM-DD.");
    }
}
