import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's own schema files (one per domain), for the operations
// and fragments written beside the components that use them.
const config: CodegenConfig = {
  schema: '../../graphql-schema/src/main/graphql/*.graphqls',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          Date: 'string',
          LocalTime: 'string',
          Locale: 'string',
          CountryCode: 'string',
          Currency: 'string',
          BigDecimal: 'string',
        },
      },
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'readFragment' } },
    },
  },
};
export default config;
