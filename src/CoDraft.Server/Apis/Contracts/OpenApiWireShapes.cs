using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CoDraft.Server.Apis.Contracts;

/// <summary>
/// Makes the OpenAPI document describe what the server writes, for the web client's types generated from it
/// (client/src/api/generated/openapi.ts, docs/protocol.md "Changing the protocol"). Two things the defaults get wrong
/// for that use: numbers are documented as "integer or string" (System.Text.Json's web defaults also read numbers
/// written as strings, but the server always writes numbers), and an enum first met as nullable keeps
/// <c>null</c> among its values for every use (nullable uses already say so with their own <c>oneOf</c>).
/// </summary>
public static class OpenApiWireShapes
{
    /// <summary>Adds the transformers to the document's options.</summary>
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddSchemaTransformer((schema, _, _) =>
        {
            WriteNumbersAsNumbers(schema);
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            foreach (var schema in document.Components?.Schemas?.Values ?? [])
            {
                if (schema is OpenApiSchema { Enum: { Count: > 0 } values })
                {
                    RemoveNull(values);
                }
            }
            return Task.CompletedTask;
        });
    }

    private static void WriteNumbersAsNumbers(OpenApiSchema schema)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String)
            && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            // The pattern only described the string spelling of the number.
            schema.Pattern = null;
        }
    }

    private static void RemoveNull(IList<System.Text.Json.Nodes.JsonNode> values)
    {
        for (var i = values.Count - 1; i >= 0; i--)
        {
            if (values[i] is null || values[i].GetValueKind() == JsonValueKind.Null)
            {
                values.RemoveAt(i);
            }
        }
    }
}
