namespace Chronicle.Storage;

/// <summary>The store cannot be reached or opened (a database server that does not answer or refuses the login); the message names the server and the problem.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
