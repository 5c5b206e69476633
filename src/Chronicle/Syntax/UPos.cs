namespace Chronicle.Syntax;

/// <summary>The 17 Universal Dependencies part-of-speech tags, in the order the model stores them.</summary>
public enum UPos : byte
{
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
    X,
}
