using System.Data.Common;

namespace Chronicle.Storage;

/// <summary>
/// One SQL command with positional parameters (named @p0, @p1... in the SQL's own names), created once and
/// run many times with new values: the same code drives SQLite and PostgreSQL through ADO.NET.
/// </summary>
internal sealed class BoundCommand : IDisposable
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;

    public BoundCommand(DbConnection connection, DbTransaction? transaction, string sql, params string[] names)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        parameters = new DbParameter[names.Length];
        for (var n = 0; n < names.Length; n++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = names[n];
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
            parameters[n] = parameter;
        }
    }

    /// <summary>Runs the command with the values in the order of the names; null becomes SQL NULL.</summary>
    public int Execute(params object?[] values)
    {
        Bind(values);
        return command.ExecuteNonQuery();
    }

    public object? Scalar(params object?[] values)
    {
        Bind(values);
        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }

    public DbDataReader Reader(params object?[] values)
    {
        Bind(values);
        return command.ExecuteReader();
    }

    public void Dispose() => command.Dispose();

    private void Bind(object?[] values)
    {
        for (var n = 0; n < parameters.Length; n++)
        {
            parameters[n].Value = values[n] ?? DBNull.Value;
        }
    }
}
