// A check for the type checker only (svelte-check runs it with the tests): every prop the Java
// side writes for a component type is declared by that type's props interface. The props come
// from component-props.json, which the Java test ComponentPropsTest writes from the real config;
// a prop missing here fails with its name in the error.
import type written from "./component-props.json";
import type { ButtonProps } from "../components/Button.svelte";
import type { CheckboxProps } from "../components/Checkbox.svelte";
import type { CheckboxGroupProps } from "../components/CheckboxGroup.svelte";
import type { ColorPickerProps } from "../components/ColorPicker.svelte";
import type { DatasetProps } from "../components/Dataset.svelte";
import type { DropdownProps } from "../components/Dropdown.svelte";
import type { FileProps } from "../components/File.svelte";
import type { HighlightedTextProps } from "../components/HighlightedText.svelte";
import type { HtmlProps } from "../components/Html.svelte";
import type { ImageProps } from "../components/Image.svelte";
import type { JsonProps } from "../components/Json.svelte";
import type { LabelProps } from "../components/Label.svelte";
import type { LoginButtonProps } from "../components/LoginButton.svelte";
import type { MarkdownProps } from "../components/Markdown.svelte";
import type { MultimodalTextboxProps } from "../components/MultimodalTextbox.svelte";
import type { NumberProps } from "../components/Number.svelte";
import type { RadioProps } from "../components/Radio.svelte";
import type { SliderProps } from "../components/Slider.svelte";
import type { TextboxProps } from "../components/Textbox.svelte";
import type { ChatbotProps } from "../components/chatbot/Chatbot.svelte";
import type { AccordionProps } from "../layouts/Accordion.svelte";
import type { ColumnProps } from "../layouts/Column.svelte";
import type { FormProps } from "../layouts/Form.svelte";
import type { RowProps } from "../layouts/Row.svelte";
import type { TabProps } from "../layouts/Tab.svelte";
import type { TabsProps } from "../layouts/Tabs.svelte";
import type { CommonProps } from "./types";

type Written = typeof written;

/** `true` when `Declared` names every key of `Sent`; else the keys it lacks, which are not `true`. */
type Declares<Declared, Sent> = [Exclude<keyof Sent, keyof Declared>] extends [never] ? true : Exclude<keyof Sent, keyof Declared>;

/** One line per component and layout type the Java side writes; each must come out `true`. */
export const accordion: true = null! as Declares<AccordionProps, Written["accordion"]>;
export const button: true = null! as Declares<ButtonProps, Written["button"]>;
export const chatbot: true = null! as Declares<ChatbotProps, Written["chatbot"]>;
export const checkbox: true = null! as Declares<CheckboxProps, Written["checkbox"]>;
export const checkboxgroup: true = null! as Declares<CheckboxGroupProps, Written["checkboxgroup"]>;
export const colorpicker: true = null! as Declares<ColorPickerProps, Written["colorpicker"]>;
export const column: true = null! as Declares<ColumnProps, Written["column"]>;
export const dataset: true = null! as Declares<DatasetProps, Written["dataset"]>;
export const dropdown: true = null! as Declares<DropdownProps, Written["dropdown"]>;
export const file: true = null! as Declares<FileProps, Written["file"]>;
export const form: true = null! as Declares<FormProps, Written["form"]>;
export const group: true = null! as Declares<CommonProps, Written["group"]>;
export const highlightedtext: true = null! as Declares<HighlightedTextProps, Written["highlightedtext"]>;
export const html: true = null! as Declares<HtmlProps, Written["html"]>;
export const image: true = null! as Declares<ImageProps, Written["image"]>;
export const json: true = null! as Declares<JsonProps, Written["json"]>;
export const label: true = null! as Declares<LabelProps, Written["label"]>;
export const loginbutton: true = null! as Declares<LoginButtonProps, Written["loginbutton"]>;
export const markdown: true = null! as Declares<MarkdownProps, Written["markdown"]>;
export const multimodaltextbox: true = null! as Declares<MultimodalTextboxProps, Written["multimodaltextbox"]>;
export const number: true = null! as Declares<NumberProps, Written["number"]>;
export const radio: true = null! as Declares<RadioProps, Written["radio"]>;
export const row: true = null! as Declares<RowProps, Written["row"]>;
export const slider: true = null! as Declares<SliderProps, Written["slider"]>;
export const tabitem: true = null! as Declares<TabProps, Written["tabitem"]>;
export const tabs: true = null! as Declares<TabsProps, Written["tabs"]>;
export const textbox: true = null! as Declares<TextboxProps, Written["textbox"]>;

