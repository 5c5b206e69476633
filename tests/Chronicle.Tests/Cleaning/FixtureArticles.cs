namespace Chronicle.Tests.Cleaning;

/// <summary>
/// Invented articles in the page styles the cleaner meets (written for these tests; no real site's
/// text). Each lists lines that must be kept and lines that must be removed, with the reason.
/// </summary>
public static class FixtureArticles
{
    public sealed record Fixture(string Name, string Text, string? Headline, string[] Kept, (string Line, string Reason)[] Removed);

    public static readonly Fixture LocalPaper = new(
        "local paper with cookie banner and subscribe menu",
        """
        We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.
        Accept
        Subscribe
        Home
        News
        Sport
        What's On
        Obituaries

        Council Approves New Flood Barrier for Riverside District

        Residents have campaigned for a decade for better protection.

        By Martha Quill, Local Democracy Reporter

        Published: 4 March 2022

        The borough council voted on Tuesday night to fund a new flood barrier along the River Elm, ending years of debate over how to protect homes in the riverside district.

        Councillors backed the £4.2 million scheme by 31 votes to 9 after a three-hour meeting.

        What happens next

        Work is expected to begin in the autumn and take eighteen months, the council's head of engineering said.

        Residents who lost carpets and furniture in the floods of 2019 welcomed the decision.

        Advertisement

        "We have waited long enough," said Ada Brennan, who chairs the residents' association.

        © 2022 Elmford Gazette. All rights reserved.
        """,
        "Council Approves New Flood Barrier for Riverside District",
        [
            "Council Approves New Flood Barrier for Riverside District",
            "Residents have campaigned for a decade for better protection.",
            "The borough council voted on Tuesday night",
            "Councillors backed the £4.2 million scheme",
            "What happens next",
            "Work is expected to begin in the autumn",
            "Residents who lost carpets",
            "\"We have waited long enough,\"",
        ],
        [
            ("We use cookies", "cookie-banner"),
            ("Subscribe", "navigation"),
            ("Obituaries", "navigation"),
            ("What's On", "navigation"),
            ("By Martha Quill", "byline"),
            ("Published: 4 March 2022", "metadata"),
            ("Advertisement", "advertisement"),
            ("© 2022 Elmford Gazette", "footer"),
        ]);

    public static readonly Fixture WireStory = new(
        "wire story with agency dateline and updated line",
        """
        Skip to main content
        AP
        Top Stories
        Topics
        Video

        Bridge Inspections Ordered After Highway Span Cracks

        By DANA HOLLOWAY and PETER VANCE
        Updated 3:14 PM EST, March 2, 2021

        HARTWELL, Ore. (AP) — Federal regulators on Tuesday ordered emergency inspections of 40 highway bridges after engineers found a crack in a steel girder beneath a busy interstate span.

        The crack, about 18 inches long, was discovered during a routine check on Monday, the state transportation department said.

        No injuries were reported, and traffic was diverted to a frontage road while crews installed temporary supports.

        "We are not taking any chances," the agency's director, Lucia Ferrante, told reporters.

        Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
        """,
        "Bridge Inspections Ordered After Highway Span Cracks",
        [
            "Bridge Inspections Ordered After Highway Span Cracks",
            "HARTWELL, Ore. (AP) — Federal regulators",
            "The crack, about 18 inches long",
            "No injuries were reported",
            "\"We are not taking any chances,\"",
        ],
        [
            ("Skip to main content", "navigation"),
            ("Top Stories", "navigation"),
            ("By DANA HOLLOWAY", "byline"),
            ("Updated 3:14 PM EST, March 2, 2021", "metadata"),
            ("Copyright 2021", "footer"),
        ]);

    public static readonly Fixture Blog = new(
        "blog with share widgets and related posts",
        """
        Notes From the Allotment
        Menu

        Why My Tomatoes Split This Summer (And How to Stop It)

        Posted on August 14, 2023 by greenthumbsally

        Every gardener knows the heartbreak of walking out to find ripe tomatoes split open after a storm.

        The cause is simple: after a dry spell, a sudden downpour makes the fruit swell faster than its skin can stretch.

        Water little and often

        The best defence is steady watering, two or three times a week, rather than a flood once a fortnight.

        A thick mulch of straw or compost also keeps the soil from drying out between waterings.

        Share this:
        Twitter
        Facebook
        Email
        Like this:
        Like Loading...

        Related posts
        Ten Easy Vegetables for Beginners
        How I Built a Raised Bed for Under Forty Pounds
        Saving Seeds From Your Best Plants
        Leave a Reply
        """,
        "Why My Tomatoes Split This Summer (And How to Stop It)",
        [
            "Why My Tomatoes Split This Summer (And How to Stop It)",
            "Every gardener knows the heartbreak",
            "The cause is simple",
            "Water little and often",
            "The best defence is steady watering",
            "A thick mulch of straw",
        ],
        [
            ("Notes From the Allotment", "navigation"),
            ("Menu", "navigation"),
            ("Posted on August 14, 2023", "metadata"),
            ("Share this:", "share-widget"),
            ("Twitter", "share-widget"),
            ("Email", "share-widget"),
            ("Like Loading...", "share-widget"),
            ("Related posts", "related-headlines-list"),
            ("Ten Easy Vegetables for Beginners", "related-headlines-list"),
            ("How I Built a Raised Bed", "related-headlines-list"),
            ("Leave a Reply", "comment-counter"),
        ]);

    public static readonly Fixture AdvertisementBreaks = new(
        "market report with advertisement breaks and a most-popular list",
        """
        Drought Pushes Grain Prices to Five-Year High

        Wheat futures rose for a sixth straight session as forecasters warned of another dry month.

        ADVERTISEMENT

        Farmers across the southern plains have begun selling cattle early because pasture has dried up, according to a survey by the state agriculture board.

        - Advertisement -

        The board said yields could fall by a third if rain does not arrive before the end of May.

        Traders said buyers in Asia had already started looking for supplies elsewhere.

        Story continues below advertisement

        "It is the worst spring I have seen in thirty years," said Ruben Salas, who farms near the river.

        12 comments

        Most popular
        Storm Warning Issued for Coastal Towns
        City Marathon Route Changed After Roadworks
        Mayor Unveils Plan for Late-Night Buses
        """,
        "Drought Pushes Grain Prices to Five-Year High",
        [
            "Drought Pushes Grain Prices to Five-Year High",
            "Wheat futures rose for a sixth straight session",
            "Farmers across the southern plains",
            "The board said yields could fall",
            "Traders said buyers in Asia",
            "\"It is the worst spring",
        ],
        [
            ("ADVERTISEMENT", "advertisement"),
            ("- Advertisement -", "advertisement"),
            ("Story continues below advertisement", "advertisement"),
            ("12 comments", "comment-counter"),
            ("Most popular", "related-headlines-list"),
            ("Storm Warning Issued for Coastal Towns", "related-headlines-list"),
            ("Mayor Unveils Plan for Late-Night Buses", "related-headlines-list"),
        ]);

    public static readonly Fixture SciencePage = new(
        "science page with breadcrumb, caption copy, inserts and follow-us footer",
        """
        Home › Science › Space

        •

        Probe Sends First Images From Icy Moon

        5 min read

          • The moon's cracked surface, seen from 12,000 kilometres.

            The moon's cracked surface, seen from 12,000 kilometres. Photograph: Mission Control/Handout

        A robotic probe has sent back the first close-up images of the icy moon, revealing long ridges that scientists believe were pushed up by an ocean beneath the crust.

        The pictures were taken during a flyby on Sunday and relayed to Earth over the following two days.


        Ocean Worlds Could Be Common Across the Galaxy, Study Says


        Mission scientists said the ridges were younger than expected, suggesting the moon is still geologically active.

        Also read: How probes phone home across billions of kilometres

        The team plans a second, closer flyby next year.

        Follow us on Twitter and Instagram for more science news
        © 2023 Skyward Media Ltd
        """,
        "Probe Sends First Images From Icy Moon",
        [
            "Probe Sends First Images From Icy Moon",
            "The moon's cracked surface, seen from 12,000 kilometres. Photograph: Mission Control/Handout",
            "A robotic probe has sent back",
            "The pictures were taken during a flyby",
            "Mission scientists said the ridges",
            "The team plans a second, closer flyby next year.",
        ],
        [
            ("Home › Science › Space", "breadcrumb"),
            ("•", "empty-bullet"),
            ("5 min read", "read-time"),
            ("• The moon's cracked surface, seen from 12,000 kilometres.", "photo-credit"),
            ("Ocean Worlds Could Be Common", "related-headline"),
            ("Also read:", "read-more"),
            ("Follow us on Twitter", "share-widget"),
            ("© 2023 Skyward Media Ltd", "footer"),
        ]);

    public static readonly Fixture[] All = [LocalPaper, WireStory, Blog, AdvertisementBreaks, SciencePage];
}
