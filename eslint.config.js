import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import security from "eslint-plugin-security";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "exports/",
      "coverage/",
      "eslint.config.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  security.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true },
      ],
      "no-console": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.object.name='process'][callee.property.name='exit']",
          message: "Set process.exitCode in the CLI entry instead of exiting.",
        },
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
      ],
      "no-warning-comments": ["error", { terms: ["fixme", "xxx"] }],
      // Object lookups here use keys the code itself chose; the rule cannot tell those apart.
      "security/detect-object-injection": "off",
      // Every path goes through the path guard; the rule flags each fs call regardless.
      "security/detect-non-literal-fs-filename": "off",
    },
  },
  {
    files: ["src/cli/**/*.ts", "src/dashboard/**/*.ts", "scripts/**/*.ts"],
    rules: { "no-console": "off" },
  },
  {
    files: ["**/*.test.ts", "test/**/*.ts", "scripts/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          allowForKnownSafeCalls: [
            {
              from: "package",
              package: "node:test",
              name: ["describe", "it", "test", "suite"],
            },
          ],
        },
      ],
      "security/detect-child-process": "off",
    },
  },
  {
    // Plain JavaScript helpers outside the TypeScript program: the security
    // rules still apply, the type-aware ones cannot.
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: "readonly", console: "readonly" },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      "no-console": "off",
      "security/detect-child-process": "off",
    },
  },
);
