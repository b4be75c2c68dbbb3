/** The values a canned response's `{name}`, `{plan}` … are filled with; unknown ones stay as written. */
export type TemplateVariables = Partial<Record<string, string | null | undefined>>;

export function fillVariables(body: string, variables: TemplateVariables): string {
  return body.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = variables[name];
    return value ? value : whole;
  });
}
