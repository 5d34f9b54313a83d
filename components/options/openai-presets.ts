/** Known OpenAI-compatible services: picking one fills the base URL and a sensible default model. */
export interface OpenAiPreset {
  id: string;
  label: string;
  baseUrl: string;
  model: string;
}

export const OPENAI_PRESETS: readonly OpenAiPreset[] = [
  { id: 'openai', label: 'OpenAI', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' },
  { id: 'deepseek', label: 'DeepSeek', baseUrl: 'https://api.deepseek.com', model: 'deepseek-chat' },
  {
    id: 'qwen',
    label: 'Qwen 通义千问 (DashScope)',
    baseUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    model: 'qwen-plus',
  },
  {
    id: 'siliconflow',
    label: 'SiliconFlow 硅基流动',
    baseUrl: 'https://api.siliconflow.cn/v1',
    model: 'Qwen/Qwen2.5-7B-Instruct',
  },
  {
    id: 'ollama',
    label: 'Ollama (this computer)',
    baseUrl: 'http://localhost:11434/v1',
    model: 'qwen2.5:7b',
  },
];

/** The preset a base URL belongs to (trailing slashes ignored), or undefined for a custom endpoint. */
export function presetForBaseUrl(baseUrl: string | undefined): OpenAiPreset | undefined {
  const normalised = baseUrl?.trim().replace(/\/+$/, '').toLowerCase();
  return OPENAI_PRESETS.find((p) => p.baseUrl.toLowerCase() === normalised);
}
